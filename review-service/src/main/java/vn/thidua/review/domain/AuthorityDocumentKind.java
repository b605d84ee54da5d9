package vn.thidua.review.domain;

/** Documents the authority produces for the recognition dossier: minutes of the review meeting (biên bản họp xét) and the submission with its list (tờ trình kèm danh sách). */
public enum AuthorityDocumentKind { MINUTES, SUBMISSION }
