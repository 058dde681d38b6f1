package io.polyport.tracker.ticket.admin;

import io.polyport.core.annotation.RpcService;

/** The {@code ticket.priority} namespace. */
@RpcService(value = "ticket.priority", doc = "Interface to ticket priority objects.")
public interface TicketPriorityService extends EnumService {
}
