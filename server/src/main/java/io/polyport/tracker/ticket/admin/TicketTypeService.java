package io.polyport.tracker.ticket.admin;

import io.polyport.core.annotation.RpcService;

/** The {@code ticket.type} namespace. */
@RpcService(value = "ticket.type", doc = "Interface to ticket type objects.")
public interface TicketTypeService extends EnumService {
}
