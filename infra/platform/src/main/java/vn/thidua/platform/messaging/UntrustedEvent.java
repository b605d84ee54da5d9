package vn.thidua.platform.messaging;

/**
 * A record whose type does not belong on the topic it was read from, or whose {@code ce_source} is not the
 * producer the catalogue names for it. Poison, never retried: it goes to the dead-letter topic.
 */
public class UntrustedEvent extends IllegalArgumentException {

    public UntrustedEvent(String message) {
        super(message);
    }
}
