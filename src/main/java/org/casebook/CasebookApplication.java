package org.casebook;

import org.casebook.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CasebookApplication {
    public static void main(String[] args) throws java.io.IOException {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "verify" -> System.exit(VerifyCommand.run(args));
            case "ingest" -> System.exit(org.casebook.ingest.IngestCommand.run(args));
            case "create-admin" -> System.exit(org.casebook.account.CreateAdminCommand.run(args));
            case "generate" -> System.exit(org.casebook.matching.GenerateCommand.run(args));
            case "backup", "restore" -> System.exit(BackupCommand.run(args));
            case "verify-bundle", "verify-inclusion", "verify-consistency" ->
                    System.exit(org.casebook.ledger.proof.VerifierMain.run(args, System.out));
            default -> SpringApplication.run(CasebookApplication.class, args);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
