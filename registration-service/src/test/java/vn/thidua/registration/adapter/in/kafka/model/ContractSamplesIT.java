package vn.thidua.registration.adapter.in.kafka.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.support.MessageBuilder;
import vn.thidua.contracts.Topics;
import vn.thidua.platform.messaging.InboundEvent;
import vn.thidua.platform.messaging.InboundEvents;
import vn.thidua.registration.RegistrationTest;
import vn.thidua.testsupport.contracts.ContractSamples;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** This service's reader (its object mapper) reads every contract sample of the topics it consumes, all of it known. */
@RegistrationTest
class ContractSamplesIT {

    @Autowired ObjectMapper json;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void readsEverySampleOfItsTopicsWithNothingUnknown() {
        var samples = ContractSamples.on(List.of(Topics.REVIEW));
        assertThat(samples).isNotEmpty();
        InboundEvents reader = new InboundEvents(json, meters);
        for (var sample : samples) {
            InboundEvent event = reader.read(MessageBuilder.withPayload(sample.body()).copyHeaders(sample.headers())
                    .build()).orElseThrow();
            assertThat(event.payload()).as(sample.file()).isInstanceOf(sample.type().javaType());
            assertThat(event.unknownValues()).as(sample.file()).isEmpty();
        }
        assertThat(tolerated()).as("unknown fields or values in the samples").isZero();
    }

    private double tolerated() {
        return meters.find(InboundEvents.TOLERATED).counters().stream().mapToDouble(Counter::count).sum();
    }
}
