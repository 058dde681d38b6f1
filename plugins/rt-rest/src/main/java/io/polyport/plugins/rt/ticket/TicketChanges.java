package io.polyport.plugins.rt.ticket;

import io.polyport.core.invoke.Caller;
import io.polyport.plugins.rt.RtConfig.StatusRule;
import io.polyport.plugins.rt.form.RtForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates the fields of an RT create or edit form into Polyport ticket attributes, all of them or none: every
 * field is checked first, and any refusal (unknown field, unknown or forbidden queue, unmapped status, bad custom
 * field value, a time field with no place) is reported and nothing is applied.
 */
public final class TicketChanges {
    private static final String UNKNOWN = "Unknown field.";

    /**
     * One field that cannot be applied.
     *
     * @param key    the field as the client wrote it
     * @param label  the name RT uses in its message (lower case on edit; the label for custom fields)
     * @param reason why
     */
    public record Refusal(String key, String label, String reason) {
    }

    /**
     * The outcome.
     *
     * @param attributes  Polyport attributes to set, {@code summary} and {@code description} among them on create
     * @param attachments file names listed in {@code Attachment:}
     * @param refusals    the fields that cannot be applied; when not empty, nothing may be applied
     * @param queueNotSet on create: no queue, or an unknown one (RT's "Queue not set")
     * @param queueDenied on create: a queue the caller may not create tickets in
     */
    public record Result(Map<String, Object> attributes, List<String> attachments, List<Refusal> refusals,
                         boolean queueNotSet, Optional<String> queueDenied) {
        public boolean accepted() {
            return refusals.isEmpty() && !queueNotSet && queueDenied.isEmpty();
        }
    }

    private final RtModel model;
    private final Caller caller;

    public TicketChanges(RtModel model, Caller caller) {
        this.model = model;
        this.caller = caller;
    }

    /** Translates a create form ({@code ticket/new}). */
    public Result forCreate(RtForm form) {
        return translate(form, true);
    }

    /** Translates an edit form ({@code ticket/N/edit}). */
    public Result forEdit(RtForm form) {
        return translate(form, false);
    }

    private Result translate(RtForm form, boolean creating) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<String> attachments = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        boolean queueNotSet = creating;
        Optional<String> queueDenied = Optional.empty();
        for (RtForm.Field field : form.fields()) {
            String key = field.key();
            String value = field.joined().strip();
            String lower = key.toLowerCase(Locale.ROOT);
            Refuser refuse = reason -> refusals.add(new Refusal(key, creating ? key : lower, reason));
            switch (lower) {
                case "id", "content-type" -> {
                }
                case "queue" -> {
                    Optional<Queues.Queue> queue = model.queues().find(value);
                    if (creating) {
                        queueNotSet = queue.isEmpty();
                        if (queue.isPresent() && !Queues.allows(caller, queue.get())) {
                            queueDenied = Optional.of(queue.get().name());
                        }
                    } else if (queue.isEmpty()) {
                        refuse.because("Queue " + value + " does not exist");
                    } else if (!Queues.allows(caller, queue.get())) {
                        refuse.because("Permission Denied");
                    }
                    queue.ifPresent(q -> attributes.put("component", q.name()));
                }
                case "subject" -> attributes.put("summary", value);
                case "owner" -> attributes.put("owner", value.equalsIgnoreCase("Nobody") ? "" : value);
                case "requestor", "requestors" -> {
                    if (!value.isEmpty()) {
                        attributes.put("reporter", value);
                    }
                }
                case "cc" -> attributes.put("cc", value);
                case "status" -> status(value, creating, attributes, refuse);
                case "priority" -> priority(value, attributes, refuse);
                case "initialpriority", "finalpriority", "admincc" -> {
                    if (!value.isEmpty() && !value.equals("0")) {
                        refuse.because("not kept by this server");
                    }
                }
                case "text" -> {
                    if (creating) {
                        attributes.put("description", field.joined());
                    } else {
                        refuse.because(UNKNOWN);
                    }
                }
                case "attachment" -> {
                    if (creating) {
                        field.values().forEach(v -> splitList(v).forEach(attachments::add));
                    } else {
                        refuse.because(UNKNOWN);
                    }
                }
                default -> other(key, value, attributes, refusals, creating);
            }
        }
        return new Result(attributes, attachments, refusals, queueNotSet, queueDenied);
    }

    private void status(String value, boolean creating, Map<String, Object> attributes, Refuser refuse) {
        if (value.isEmpty()) {
            return;
        }
        Optional<StatusRule> rule = model.statuses().rule(value);
        if (rule.isEmpty()) {
            refuse.because("Status '" + value + "' isn't a valid status for this server");
        } else if (creating) {
            if (!rule.get().status().equals("new")) {
                refuse.because("New tickets start as new");
            }
        } else {
            attributes.putAll(model.statuses().attributes(rule.get()));
        }
    }

    private void priority(String value, Map<String, Object> attributes, Refuser refuse) {
        if (value.isEmpty()) {
            return;
        }
        try {
            attributes.put("priority", model.priorities().name(Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            refuse.because("Priority must be a number");
        }
    }

    private void other(String key, String value, Map<String, Object> attributes, List<Refusal> refusals,
                       boolean creating) {
        Optional<String> timeField = TimeFields.rtName(key);
        if (timeField.isPresent()) {
            try {
                model.timeFields().store(timeField.get(), value)
                        .ifPresent(entry -> attributes.put(entry.getKey(), entry.getValue()));
            } catch (IllegalArgumentException e) {
                refusals.add(new Refusal(key, creating ? key : key.toLowerCase(Locale.ROOT), e.getMessage()));
            }
            return;
        }
        Optional<String> label = CustomFields.labelOf(key);
        if (label.isEmpty()) {
            refusals.add(new Refusal(key, creating ? key : key.toLowerCase(Locale.ROOT), UNKNOWN));
            return;
        }
        Optional<CustomFields.Field> field = model.customFields().byLabel(label.get());
        String messageLabel = label.get().toLowerCase(Locale.ROOT);
        if (field.isEmpty()) {
            refusals.add(new Refusal(key, messageLabel, UNKNOWN));
        } else if (!field.get().accepts(value)) {
            refusals.add(new Refusal(key, messageLabel, "Invalid value for custom field"));
        } else {
            attributes.put(field.get().name(), value);
        }
    }

    /** RT's comma-separated lists ({@code Attachment: a.txt, b.gif}). */
    public static List<String> splitList(String value) {
        List<String> items = new ArrayList<>();
        for (String line : value.split("\n")) {
            for (String item : line.strip().split("\\s*,\\s*")) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    @FunctionalInterface
    private interface Refuser {
        void because(String reason);
    }
}
