package vn.thidua.registration.domain.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored before plans had files (revision 1, no {@code document}) still read, as plans without a file. */
class UnitPlanFiledEventTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void anEventStoredWithoutADocumentReadsAsAPlanWithoutAFile() {
        String stored = """
                {"campaignId":"dvk","unitId":"W19390","version":1,"number":"15-KH/ĐU","issuedOn":"2023-03-20",
                 "signer":"Nguyễn Văn An","note":null}""";
        UnitPlanFiledEvent read = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class,
                UnitPlanFiledEvent.class.getName(), "1"));

        assertThat(read).isEqualTo(new UnitPlanFiledEvent("dvk", "W19390", 1, "15-KH/ĐU", LocalDate.of(2023, 3, 20),
                "Nguyễn Văn An", null, null));
    }
}
