package vn.thidua.platform.tree;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import vn.thidua.platform.security.Jurisdiction;

/**
 * For services that do not own the organisation tree ({@code thidua.tree.copy=true}): the tree copy, which the
 * service feeds from its inbound handling of the registration topic ({@link TreeCopy#apply}), and the
 * {@link Jurisdiction} answered from it.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "thidua.tree.copy", havingValue = "true")
public class TreeCopyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TreeCopy treeCopy(MongoDatabaseFactory mongo) {
        return new TreeCopy(mongo.getMongoDatabase());
    }

    @Bean
    @ConditionalOnMissingBean(Jurisdiction.class)
    public Jurisdiction treeJurisdiction(TreeCopy tree) {
        return new TreeJurisdiction(tree);
    }
}
