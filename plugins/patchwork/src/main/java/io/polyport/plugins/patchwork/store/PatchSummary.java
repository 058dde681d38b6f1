package io.polyport.plugins.patchwork.store;

/**
 * A patch's listing fields (everything but its headers, message and diff), joined with the names of what it
 * refers to.
 *
 * @param id               its number
 * @param date             when it was sent, in {@link Timestamps} form
 * @param msgid            its {@code Message-Id}
 * @param name             its cleaned subject
 * @param projectId        its project
 * @param projectName      the project's display name
 * @param stateId          its state
 * @param stateName        the state's name
 * @param archived         whether it is archived
 * @param submitter        who sent it
 * @param delegateId       the account it is delegated to, or null
 * @param delegateUsername that account's user name, or null
 * @param commitRef        the commit it was merged as, or null
 * @param hash             its diff hash, or null (a pull request)
 */
public record PatchSummary(long id, String date, String msgid, String name, long projectId, String projectName,
                           long stateId, String stateName, boolean archived, Person submitter, Long delegateId,
                           String delegateUsername, String commitRef, String hash) {
}
