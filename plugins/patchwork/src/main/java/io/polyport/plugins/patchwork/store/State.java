package io.polyport.plugins.patchwork.store;

/**
 * A patch state ({@code New}, {@code Accepted}, ...).
 *
 * @param id             its number
 * @param name           its name
 * @param ordering       its position in lists
 * @param actionRequired whether patches in it still need a maintainer's action
 */
public record State(long id, String name, int ordering, boolean actionRequired) {
}
