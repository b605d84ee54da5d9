package vn.thidua.reporting.application;

/**
 * A view of the projection beside models, campaigns and units (port): writes its part of a batch after the batch's
 * data and before its processed ids and positions, idempotently, so that a crash only causes a redelivery. Every
 * writer bean is injected into {@link ProjectionUpdater}: a new view adds a writer, not a constructor.
 */
public interface ProjectionBatchWriter {

    /** Writes this view's part of the batch; writing the same batch again changes nothing. */
    void write(ProjectionBatch batch);
}
