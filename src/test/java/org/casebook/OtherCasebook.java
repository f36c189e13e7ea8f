package org.casebook;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Another Casebook in the test's JVM, on a new database of the same embedded server (there is one server per JVM), with
 * or without the demo record: the "empty database" of a round trip.
 */
public final class OtherCasebook {
    private OtherCasebook() {}

    public static ConfigurableApplicationContext start(
            JdbcClient jdbc, DataSource dataSource, String prefix, boolean demo) {
        String database = prefix + System.nanoTime();
        jdbc.sql("create database " + database).update();
        String url =
                ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        return new SpringApplicationBuilder(CasebookApplication.class)
                .run(
                        "--server.port=0",
                        "--casebook.demo-data.enabled=" + demo,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres");
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
