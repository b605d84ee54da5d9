package vn.thidua.platform.messaging.failure;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Health {@code consumers}: DEGRADED while a binding retries a transient failure (it holds its position until the
 * store is back), UP otherwise. The details name each held binding, since when, how many attempts and why.
 */
public class ConsumerHealth implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "a consumer retries a transient failure");

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Clock clock;

    public ConsumerHealth(Clock clock) {
        this.clock = clock;
    }

    /** A binding failed transiently and will retry the same record. */
    public void retrying(String binding, Throwable failure) {
        Throwable reason = ConsumerFailures.reason(failure);
        held.compute(binding, (name, before) -> new Held(before == null ? clock.instant() : before.since(),
                before == null ? 1 : before.attempts() + 1, reason.getClass().getName(), reason.getMessage()));
    }

    /** A binding got past its record (applied, or dead-lettered). */
    public void movedOn(String binding) {
        held.remove(binding);
    }

    public boolean isHeld(String binding) {
        return held.containsKey(binding);
    }

    @Override
    public Health health() {
        if (held.isEmpty()) return Health.up().build();
        Map<String, Object> details = new LinkedHashMap<>();
        held.forEach((binding, h) -> details.put(binding, Map.of("since", h.since().toString(),
                "attempts", h.attempts(), "exception", h.exception(),
                "message", h.message() == null ? "" : h.message())));
        return Health.status(DEGRADED).withDetails(details).build();
    }

    private record Held(Instant since, int attempts, String exception, String message) {
    }
}
