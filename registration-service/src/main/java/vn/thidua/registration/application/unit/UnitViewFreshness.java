package vn.thidua.registration.application.unit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * Read-your-writes for the {@code units} view, which is projected asynchronously: waits (bounded) until the view
 * has processed every event stored so far, so that a unit opened a moment ago is found as a parent.
 */
@Component
public class UnitViewFreshness {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    public UnitViewFreshness(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** Whether the view caught up with the event store within {@code timeout}. */
    public boolean awaitCurrent(Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        StreamingEventProcessor processor = processing
                .eventProcessor(UnitViewProjector.PROCESSING_GROUP, StreamingEventProcessor.class).orElse(null);
        if (processor == null) return false;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (!status.isEmpty() && status.values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= target)) {
                return true;
            }
            if (System.nanoTime() >= deadline) return false;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
