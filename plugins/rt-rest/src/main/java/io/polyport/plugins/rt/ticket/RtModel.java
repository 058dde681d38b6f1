package io.polyport.plugins.rt.ticket;

import io.polyport.plugins.rt.RtConfig;

/**
 * Everything needed to translate between RT's fields and a Polyport ticket, loaded through the invoker for one
 * request: the custom fields, the queues, the priorities, and the configured status and time-field tables.
 *
 * @param tracker      the caller's view of Polyport's tickets
 * @param customFields fields reached as {@code CF.{Label}}
 * @param timeFields   RT's time fields
 * @param statuses     RT's statuses
 * @param priorities   RT's numeric priorities
 * @param queues       RT's queues
 */
public record RtModel(Tracker tracker, CustomFields customFields, TimeFields timeFields, Statuses statuses,
                      Priorities priorities, Queues queues) {

    /** Loads the model for one request. */
    public static RtModel load(Tracker tracker, RtConfig config) {
        TimeFields timeFields = new TimeFields(config.timeFields());
        return new RtModel(tracker, new CustomFields(tracker.fields(), timeFields.reserved()), timeFields,
                new Statuses(config.statuses()), new Priorities(tracker.priorities(), config.priorities()),
                new Queues(tracker.components(), config.queues()));
    }
}
