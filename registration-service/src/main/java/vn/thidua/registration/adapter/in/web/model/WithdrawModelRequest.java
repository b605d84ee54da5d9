package vn.thidua.registration.adapter.in.web.model;

/** Rút đăng ký: the reason is required (checked by the aggregate, which names the field). */
public record WithdrawModelRequest(String reason) {
}
