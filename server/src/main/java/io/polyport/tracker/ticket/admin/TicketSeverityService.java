package io.polyport.tracker.ticket.admin;

import io.polyport.core.annotation.RpcService;

/** The {@code ticket.severity} namespace. */
@RpcService(value = "ticket.severity", doc = "Interface to ticket severity objects.")
public interface TicketSeverityService extends EnumService {
}
