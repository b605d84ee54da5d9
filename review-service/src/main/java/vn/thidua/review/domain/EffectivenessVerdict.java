package vn.thidua.review.domain;

/**
 * The verdict of an effectiveness check (đánh giá hoạt động hiệu quả): operating effectively (hoạt động hiệu quả),
 * weakened (giảm hiệu quả) or stopped (ngừng hoạt động). Seed 004 §2.1 counts only effective models.
 */
public enum EffectivenessVerdict { EFFECTIVE, WEAKENED, STOPPED }
