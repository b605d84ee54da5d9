package vn.thidua.platform.actor;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The caller of the request being handled on this thread. Set in one place (the web filter today; the
 * verified-token filter of a later issue), read when commands are dispatched.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CurrentCaller() {
    }

    public static Optional<Caller> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static <T> T callAs(Caller caller, Callable<T> work) throws Exception {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.call();
        } finally {
            if (previous == null) CURRENT.remove(); else CURRENT.set(previous);
        }
    }

    public static void runAs(Caller caller, Runnable work) {
        try {
            callAs(caller, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
