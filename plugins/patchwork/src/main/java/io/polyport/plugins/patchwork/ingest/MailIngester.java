package io.polyport.plugins.patchwork.ingest;

import io.polyport.plugins.patchwork.mail.DiffHasher;
import io.polyport.plugins.patchwork.mail.HeaderFolder;
import io.polyport.plugins.patchwork.mail.MailContent;
import io.polyport.plugins.patchwork.mail.MailMessage;
import io.polyport.plugins.patchwork.mail.MalformedMailException;
import io.polyport.plugins.patchwork.mail.Senders;
import io.polyport.plugins.patchwork.mail.Subject;
import io.polyport.plugins.patchwork.store.Patches;
import io.polyport.plugins.patchwork.store.People;
import io.polyport.plugins.patchwork.store.Person;
import io.polyport.plugins.patchwork.store.Project;
import io.polyport.plugins.patchwork.store.States;
import io.polyport.plugins.patchwork.store.Threads;
import io.polyport.plugins.patchwork.store.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Files one mail as Patchwork's {@code parse_mail} does: a mail with a diff (or a pull request) becomes a patch
 * in a series, a {@code [0/n]} mail starting a thread a cover letter, a reply to a known patch or cover letter a
 * comment (whose {@code Acked-by}-style tags are counted on the patch); anything else is ignored. Runs inside the
 * caller's transaction.
 */
public final class MailIngester {
    private static final Duration SERIES_WINDOW = Duration.ofMinutes(20);
    private static final int HEADER_LINE = 76;
    private static final int MAX_ID = 255;

    private final Clock clock;

    public MailIngester(Clock clock) {
        this.clock = clock;
    }

    /**
     * Files {@code mail}.
     *
     * @param listId the list id to file it under, or empty to read it from the mail
     * @throws MalformedMailException  when a required header is missing or broken
     * @throws DuplicateMailException  when the project already holds the message id
     */
    public Filing file(Connection c, MailMessage mail, String listId) throws SQLException {
        for (String required : List.of("From", "Subject", "Message-Id")) {
            if (!mail.has(required)) {
                throw new MalformedMailException("Missing '" + required + "' header");
            }
        }
        String msgid = truncate(mail.header("Message-Id").orElse(""));
        if (mail.header("X-Patchwork-Hint").filter(h -> h.equalsIgnoreCase("ignore")).isPresent()) {
            return Filing.ignored(msgid, "X-Patchwork-Hint: ignore");
        }
        String rawSubject = mail.header("Subject").orElse("");
        Optional<Project> found = ProjectFinder.find(c, mail, rawSubject, listId);
        if (found.isEmpty()) {
            return Filing.ignored(msgid, "no project for this list id");
        }
        if (msgid.isEmpty()) {
            throw new MalformedMailException("Broken 'Message-Id' header");
        }
        Mail parsed = new Mail(mail, found.get(), msgid, Subject.parse(rawSubject, List.of(found.get().linkname())),
                Subject.isReply(rawSubject), references(mail),
                Timestamps.format(mail.date().orElseGet(clock::instant)), headers(mail));
        MailContent content = parsed.isReply ? MailContent.ofComment(mail.textParts())
                : MailContent.ofPatch(mail.textParts());
        if (content.isEmpty()) {
            return Filing.ignored(msgid, "no content");
        }
        Optional<String> pullUrl = content.pullUrl();
        if (!parsed.isReply && (content.diff().isPresent() || pullUrl.isPresent())) {
            return filePatch(c, parsed, content, pullUrl);
        }
        if (parsed.subject.marker().filter(m -> m.number() == 0).isPresent() && isNewCover(c, parsed)) {
            return fileCover(c, parsed, content);
        }
        return fileComment(c, parsed, content);
    }

    private Filing filePatch(Connection c, Mail m, MailContent content, Optional<String> pullUrl)
            throws SQLException {
        Person author = author(c, m);
        if (Patches.exists(c, m.project.id(), m.msgid)) {
            throw new DuplicateMailException(m.msgid);
        }
        String diff = content.diff().orElse(null);
        long patchId = Patches.insert(c, new Patches.NewPatch(m.project.id(), m.msgid, truncate(m.subject.name()),
                m.date, m.headers, author.id(), content.message(), diff, pullUrl.orElse(null), initialState(c, m)),
                diff == null ? null : DiffHasher.hash(diff));
        Optional<Subject.Marker> marker = m.subject.marker();
        int number = marker.map(Subject.Marker::number).orElse(1);
        int total = marker.map(Subject.Marker::total).orElse(1);
        Optional<Threads.Series> series = marker.isPresent() ? findSeries(c, m, author, number, total)
                : Optional.empty();
        long seriesId;
        if (series.isEmpty() || Patches.seriesHasNumber(c, series.get().id(), number)) {
            seriesId = Threads.insertSeries(c, m.project.id(), m.date, author.id(), m.subject.version(), total);
            for (String ref : concat(m.references, m.msgid)) {
                Threads.addReference(c, m.project.id(), truncate(ref), seriesId);
            }
        } else {
            seriesId = series.get().id();
        }
        Patches.setSeries(c, patchId, seriesId, number);
        TagCounter.refresh(c, patchId);
        return Filing.filed(m.msgid, "patch", patchId, m.project.linkname());
    }

    private Optional<Threads.Series> findSeries(Connection c, Mail m, Person author, int number, int total)
            throws SQLException {
        for (String ref : concat(List.of(m.msgid), m.references)) {
            Optional<Threads.Series> byReference = Threads.seriesByReference(c, m.project.id(), truncate(ref));
            if (byReference.isPresent()) {
                return byReference;
            }
        }
        Instant date = Timestamps.parse(m.date);
        List<Threads.Series> candidates = Threads.seriesByMarkers(c, m.project.id(), author.id(),
                m.subject.version(), total, Timestamps.format(date.minus(SERIES_WINDOW)),
                Timestamps.format(date.plus(SERIES_WINDOW)));
        for (Threads.Series candidate : candidates) {
            if (candidates.size() == 1 || !Patches.seriesHasNumber(c, candidate.id(), number)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private boolean isNewCover(Connection c, Mail m) throws SQLException {
        return !m.isReply && (m.references.isEmpty() || Threads.coversNamed(c, truncate(m.subject.name())) == 0);
    }

    private Filing fileCover(Connection c, Mail m, MailContent content) throws SQLException {
        Person author = author(c, m);
        Optional<Threads.Series> series = Threads.seriesByReference(c, m.project.id(), m.msgid);
        long seriesId;
        if (series.isPresent()) {
            seriesId = series.get().id();
        } else {
            int total = m.subject.marker().map(Subject.Marker::total).orElse(1);
            seriesId = Threads.insertSeries(c, m.project.id(), m.date, author.id(), m.subject.version(), total);
            Threads.addReference(c, m.project.id(), m.msgid, seriesId);
        }
        if (Threads.coverExists(c, m.project.id(), m.msgid)) {
            throw new DuplicateMailException(m.msgid);
        }
        long coverId = Threads.insertCover(c, m.project.id(), m.msgid, truncate(m.subject.name()), m.date, m.headers,
                author.id(), content.message(), seriesId);
        return Filing.filed(m.msgid, "cover", coverId, m.project.linkname());
    }

    private Filing fileComment(Connection c, Mail m, MailContent content) throws SQLException {
        Long patchId = null;
        Long coverId = null;
        for (String ref : m.references) {
            Optional<Long> patch = Threads.patchOfMessage(c, m.project.id(), truncate(ref));
            if (patch.isPresent()) {
                patchId = patch.get();
                break;
            }
        }
        if (patchId == null) {
            for (String ref : m.references) {
                Optional<Long> cover = Threads.coverOfMessage(c, m.project.id(), truncate(ref));
                if (cover.isPresent()) {
                    coverId = cover.get();
                    break;
                }
            }
        }
        if (patchId == null && coverId == null) {
            return Filing.ignored(m.msgid, "not a patch and not a reply to a known patch or cover letter");
        }
        Person author = author(c, m);
        if (Threads.commentExists(c, patchId, coverId, m.msgid)) {
            throw new DuplicateMailException(m.msgid);
        }
        long commentId = Threads.insertComment(c, new Threads.NewComment(patchId, coverId, m.msgid, m.date,
                m.headers, author.id(), content.message()));
        if (patchId != null) {
            TagCounter.refresh(c, patchId);
        }
        return Filing.filed(m.msgid, "comment", commentId, m.project.linkname());
    }

    private static long initialState(Connection c, Mail m) throws SQLException {
        Optional<String> requested = m.mail.header("X-Patchwork-State").filter(s -> !s.isEmpty());
        if (requested.isPresent()) {
            Optional<io.polyport.plugins.patchwork.store.State> state = States.byName(c, requested.get());
            if (state.isPresent()) {
                return state.get().id();
            }
        }
        return States.initial(c).id();
    }

    private static Person author(Connection c, Mail m) throws SQLException {
        String from = m.mail.header("From").orElse("");
        if (from.isEmpty()) {
            throw new MalformedMailException("Invalid 'From' header");
        }
        Senders.Sender sender = Senders.split(from);
        if (sender.email() == null || sender.email().isBlank()) {
            throw new MalformedMailException("Invalid 'From' header");
        }
        String email = truncate(sender.email().strip());
        String name = sender.name() == null ? null : truncate(sender.name().strip());
        return People.getOrCreate(c, email, name);
    }

    /** {@code In-Reply-To} values, then {@code References} from the closest ancestor back, without repeats. */
    private static List<String> references(MailMessage mail) {
        List<String> refs = new ArrayList<>();
        for (String inReplyTo : mail.all("In-Reply-To")) {
            if (!inReplyTo.isEmpty()) {
                refs.add(inReplyTo);
            }
        }
        for (String header : mail.all("References")) {
            List<String> ids = new ArrayList<>(List.of(header.split("\\s+")));
            java.util.Collections.reverse(ids);
            for (String ref : ids) {
                String id = ref.strip();
                if (!id.isEmpty() && !refs.contains(id)) {
                    refs.add(id);
                }
            }
        }
        return refs;
    }

    private static String headers(MailMessage mail) {
        return mail.headers().stream()
                .map(h -> HeaderFolder.fold(h.name(), h.value().strip(), HEADER_LINE))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    private static String truncate(String value) {
        return value.length() > MAX_ID ? value.substring(0, MAX_ID) : value;
    }

    /** A mail with what the parser read from it, for one filing. */
    private record Mail(MailMessage mail, Project project, String msgid, Subject subject, boolean isReply,
                        List<String> references, String date, String headers) {
    }
}
