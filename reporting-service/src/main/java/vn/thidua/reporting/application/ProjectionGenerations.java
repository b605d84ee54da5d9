package vn.thidua.reporting.application;

import java.util.function.Supplier;

/**
 * The projection's generations (port): answers and the live consumer use the active one; a rebuild fills a fresh
 * one from the start of the topics and then makes it active, after which the old one is removed.
 */
public interface ProjectionGenerations {

    /** The name of the active generation. */
    String active();

    /** A new, empty generation's name (not active). */
    String fresh();

    /** Runs {@code work} with every store of this thread reading and writing {@code generation}. */
    <T> T within(String generation, Supplier<T> work);

    /** Makes {@code generation} the active one, for this and every later start; then removes the old one. */
    void switchTo(String generation);
}
