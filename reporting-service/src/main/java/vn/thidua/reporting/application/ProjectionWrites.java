package vn.thidua.reporting.application;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicLong;

/** Counts the batches this instance wrote into the projection, so answers computed from it know when to go stale. */
@Component
public class ProjectionWrites {

    private final AtomicLong written = new AtomicLong();

    /** After a batch's data, processed ids and positions were written. */
    public void written() {
        written.incrementAndGet();
    }

    public long count() {
        return written.get();
    }
}
