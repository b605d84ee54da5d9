package vn.thidua.review.domain;

import java.time.LocalDate;

/** A recognition decision (quyết định công nhận): number, date, signer and the level recognising. */
public record RecognitionDecision(String number, LocalDate decidedOn, String signer, String level) {
}
