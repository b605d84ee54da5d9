package vn.thidua.award.domain.round;

/**
 * The report attached to a proposal (báo cáo thành tích): the id of its stored bytes, the safe file name, the type
 * read from its content and its size. The bytes themselves live outside the event store.
 */
public record ProposalReport(String reportId, String fileName, String mediaType, long sizeBytes) {
}
