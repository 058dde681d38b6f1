package io.polyport.plugins.patchwork.store;

/**
 * A test result reported against a patch ({@code check_create}).
 *
 * @param id          its number
 * @param date        when it was reported, in {@link Timestamps} form
 * @param patchId     the patch
 * @param patchName   the patch's name
 * @param accountId   the reporting account
 * @param username    its user name
 * @param state       the outcome
 * @param targetUrl   where the details are
 * @param description a short description
 * @param context     which test system or test it is
 */
public record CheckResult(long id, String date, long patchId, String patchName, long accountId, String username,
                          CheckState state, String targetUrl, String description, String context) {
}
