package vn.thidua.registration.adapter.in.web.model;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.registration.application.model.RegistrationInput;

import java.time.LocalDate;

/**
 * Đăng ký mô hình (Mẫu 1). Deliberately without Bean Validation annotations: the application service checks
 * everything — look-ups included — and names every bad field in one problem.
 */
public record RegisterModelRequest(
        @Schema(description = "Phong trào thi đua / campaign id", example = "vinh-linh-2023-2025") String campaignId,
        @Schema(description = "Mã đơn vị đăng ký / registering unit id", example = "W19363") String unitId,
        @Schema(description = "Đơn vị quản lý trực tiếp; mặc định là đơn vị cấp trên / directly managing unit; defaults to the parent", example = "D464") String managingUnitId,
        RegistrantKind registrantKind,
        @Schema(description = "Chỉ khi đăng ký cá nhân / only for an individual registrant") IndividualRegistrant individual,
        ModelNovelty novelty,
        @Schema(description = "Tên mô hình / title", example = "Dân vận khéo trong xây dựng nông thôn mới") String title,
        ModelField field,
        @Schema(description = "Nội dung đăng ký / content chosen") String content,
        @Schema(description = "Cách làm / way of doing it") String method,
        @Schema(description = "Kết quả dự kiến / expected results") String expectedResults,
        @Schema(description = "Thời gian bắt đầu (có thể trong tương lai) / start date, may be in the future") LocalDate startDate,
        @Schema(description = "Nhân rộng từ mô hình / id of the model this one replicates") String replicaOf) {

    RegistrationInput toInput() {
        return new RegistrationInput(campaignId, unitId, managingUnitId, registrantKind, individual, novelty, title,
                field, content, method, expectedResults, startDate, replicaOf);
    }
}
