package vn.thidua.review.adapter.out.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.thidua.review.application.routing.BundledRoutingTable;
import vn.thidua.review.application.routing.RoutingTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled routing table, a JSON resource ({@code thidua.review.routing-table}, by default the service's own). */
@Component
public class ClasspathRoutingTable implements BundledRoutingTable {

    private final RoutingTable table;

    public ClasspathRoutingTable(ObjectMapper json,
                                 @Value("${thidua.review.routing-table:classpath:routing/routing-table.json}")
                                 Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            this.table = json.readValue(in, RoutingTable.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the routing table " + resource, e);
        }
    }

    @Override
    public RoutingTable table() {
        return table;
    }
}
