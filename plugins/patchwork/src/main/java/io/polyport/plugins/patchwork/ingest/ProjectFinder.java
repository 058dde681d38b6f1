package io.polyport.plugins.patchwork.ingest;

import io.polyport.plugins.patchwork.mail.MailMessage;
import io.polyport.plugins.patchwork.store.Project;
import io.polyport.plugins.patchwork.store.Projects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the project a mail belongs to, as Patchwork's {@code find_project}: by the list id given with the upload,
 * else by the {@code List-Id} (or {@code X-Mailing-List}, {@code X-list}) header; among the projects of one list,
 * the first whose subject pattern matches, else the one without a pattern.
 */
final class ProjectFinder {
    private static final List<String> LIST_ID_HEADERS = List.of("List-ID", "X-Mailing-List", "X-list");
    private static final List<Pattern> LIST_ID_FORMS =
            List.of(Pattern.compile(".*<([^>]+)>.*", Pattern.DOTALL), Pattern.compile("^(\\S+)$", Pattern.DOTALL));

    private ProjectFinder() {
    }

    static Optional<Project> find(Connection c, MailMessage mail, String subject, String listId)
            throws SQLException {
        if (listId != null && !listId.isEmpty()) {
            return byListAndSubject(c, listId, subject);
        }
        for (String header : LIST_ID_HEADERS) {
            Optional<String> value = mail.header(header).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                continue;
            }
            for (Pattern form : LIST_ID_FORMS) {
                Matcher m = form.matcher(value.get());
                if (m.matches()) {
                    Optional<Project> project = byListAndSubject(c, m.group(1), subject);
                    if (project.isPresent()) {
                        return project;
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Project> byListAndSubject(Connection c, String listId, String subject)
            throws SQLException {
        Project fallback = null;
        for (Project project : Projects.byListId(c, listId)) {
            if (project.subjectMatch().isEmpty()) {
                fallback = project;
            } else if (matches(project.subjectMatch(), subject)) {
                return Optional.of(project);
            }
        }
        return Optional.ofNullable(fallback);
    }

    private static boolean matches(String regex, String subject) {
        try {
            return Pattern.compile(regex, Pattern.MULTILINE | Pattern.CASE_INSENSITIVE).matcher(subject).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
