package vn.thidua.award.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.award.application.catalogue.CatalogueCommands;
import vn.thidua.award.application.catalogue.CatalogueQueries;
import vn.thidua.award.domain.catalogue.AwardCatalogue;
import vn.thidua.award.domain.catalogue.AwardFormDefinition;
import vn.thidua.award.domain.catalogue.BaseSalary;
import vn.thidua.award.domain.catalogue.Coefficients;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.contracts.AwardForm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The award catalogue (danh mục hình thức khen thưởng) and the base-salary table (mức lương cơ sở). */
@RestController
public class CatalogueController {

    private final CatalogueQueries queries;
    private final CatalogueCommands commands;

    public CatalogueController(CatalogueQueries queries, CatalogueCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Operation(summary = "Danh mục hình thức khen thưởng và mức lương cơ sở / The award catalogue and base salaries")
    @GetMapping("/api/award-catalogue")
    public AwardCatalogue catalogue() {
        return queries.catalogue();
    }

    @Operation(summary = "Thêm hoặc sửa một hình thức khen thưởng / Add or replace an award form")
    @PutMapping("/api/award-catalogue/forms/{code}")
    public AwardFormDefinition putForm(@PathVariable String code, @Valid @RequestBody FormRequest request) {
        return commands.putForm(new AwardFormDefinition(code, request.name(), request.nameEn(), request.kind(),
                request.authority(), request.level(), request.recipients(), request.coefficients().stream()
                .map(c -> new Coefficients(c.effectiveFrom(), c.byRecipient(), c.source())).toList()));
    }

    @Operation(summary = "Đặt mức lương cơ sở từ một ngày / Set the base salary from a date")
    @PutMapping("/api/award-catalogue/base-salaries/{effectiveFrom}")
    public BaseSalary putBaseSalary(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                                    @Valid @RequestBody BaseSalaryRequest request) {
        return commands.putBaseSalary(new BaseSalary(effectiveFrom, request.amount(), request.source()));
    }

    public record FormRequest(@NotBlank @Size(max = 300) String name, @Size(max = 300) String nameEn,
                              @NotNull AwardForm kind, @NotBlank @Size(max = 300) String authority,
                              @NotBlank @Size(max = 40) String level, @NotEmpty Set<@NotNull RecipientKind> recipients,
                              @NotNull @Size(max = 50) List<@Valid @NotNull CoefficientsRequest> coefficients) {
    }

    public record CoefficientsRequest(@NotNull LocalDate effectiveFrom,
                                      @NotNull Map<@NotNull RecipientKind, @NotNull BigDecimal> byRecipient,
                                      @NotBlank @Size(max = 300) String source) {
    }

    public record BaseSalaryRequest(@NotNull @Positive Long amount, @NotBlank @Size(max = 300) String source) {
    }
}
