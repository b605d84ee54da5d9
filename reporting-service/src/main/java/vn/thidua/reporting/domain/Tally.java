package vn.thidua.reporting.domain;

/** Numbers of models that reached each counted milestone. */
public record Tally(long registered, long recognized, long proposedForAward, long awarded) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    /** One model's contribution: 1 for each counted milestone it reached. */
    public static Tally of(ModelProgress model) {
        return new Tally(one(model, ModelStage.REGISTERED), one(model, ModelStage.RECOGNIZED),
                one(model, ModelStage.PROPOSED_FOR_AWARD), one(model, ModelStage.AWARDED));
    }

    public Tally plus(Tally other) {
        return new Tally(registered + other.registered, recognized + other.recognized,
                proposedForAward + other.proposedForAward, awarded + other.awarded);
    }

    private static long one(ModelProgress model, ModelStage milestone) {
        return model.has(milestone) ? 1 : 0;
    }
}
