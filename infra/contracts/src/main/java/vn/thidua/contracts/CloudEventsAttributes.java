package vn.thidua.contracts;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as {@code ce_*}
 * headers, the record value is the bare event JSON, the record key is the event's subject.
 */
public final class CloudEventsAttributes {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: correlation id, propagated from the command/request that caused the event. */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** Binary mode maps {@code datacontenttype} to the plain {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPECVERSION_VALUE = "1.0";
    public static final String CONTENT_TYPE_JSON = "application/json";

    public static final String SOURCE_REGISTRATION_SERVICE = "/thidua/registration-service";
    public static final String SOURCE_REVIEW_SERVICE = "/thidua/review-service";
    public static final String SOURCE_AWARD_SERVICE = "/thidua/award-service";

    private CloudEventsAttributes() {}
}
