package org.casebook.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the JVM unless an external database is configured with
 * {@code spring.datasource.url} (or the environment variable {@code SPRING_DATASOURCE_URL}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(
            @Value("${casebook.embedded-database.directory:}") String directory,
            @Value("${casebook.embedded-database.durable:true}") boolean durable,
            @Value("${casebook.embedded-database.pool-size:10}") int poolSize) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(EmbeddedDatabase.jdbcUrl(directory, durable));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(poolSize);
        pool.setPoolName("casebook-embedded");
        return pool;
    }
}
