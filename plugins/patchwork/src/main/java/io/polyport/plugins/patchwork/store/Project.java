package io.polyport.plugins.patchwork.store;

/**
 * A project: the patches of one mailing list.
 *
 * @param id           its number
 * @param linkname     short name used in URLs and by {@code pwclient -p}
 * @param name         display name
 * @param listId       the mailing list's {@code List-Id}, which files incoming mail into the project
 * @param listEmail    the list's address
 * @param subjectMatch a regular expression that, when set, files only mails whose subject matches
 * @param webUrl       the project's web site
 * @param scmUrl       its repository URL
 * @param webScmUrl    its repository browser URL
 */
public record Project(long id, String linkname, String name, String listId, String listEmail, String subjectMatch,
                      String webUrl, String scmUrl, String webScmUrl) {
}
