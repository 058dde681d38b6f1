package io.polyport.tracker.importer.trac;

import java.util.List;
import java.util.Map;

/**
 * A Trac ticket with everything that hangs off it.
 *
 * @param id          its number in Trac
 * @param time        created, microseconds since the epoch
 * @param changetime  last changed, microseconds since the epoch
 * @param fields      the standard fields (NULLs as empty strings)
 * @param custom      the values of the declared custom fields
 * @param changes     every change row, in Trac's change log order
 * @param attachments its attachments whose files exist
 */
record TracTicket(int id, long time, long changetime, Map<String, String> fields, Map<String, String> custom,
                  List<Change> changes, List<TracAttachment> attachments) {
    /** One {@code ticket_change} row: a changed field, a comment ({@code comment}) or a comment edit. */
    record Change(long time, String author, String field, String oldValue, String newValue) {
    }
}
