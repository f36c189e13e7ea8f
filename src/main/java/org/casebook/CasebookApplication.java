package org.casebook;

import java.io.IOException;
import java.time.Clock;
import org.casebook.account.CreateAdminCommand;
import org.casebook.backup.BackupCommand;
import org.casebook.ingest.IngestCommand;
import org.casebook.intake.ImportCommand;
import org.casebook.ledger.proof.VerifierMain;
import org.casebook.matching.GenerateCommand;
import org.casebook.statistics.EstimateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CasebookApplication {
    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "verify" -> System.exit(VerifyCommand.run(args));
            case "ingest" -> System.exit(IngestCommand.run(args, CasebookApplication.class));
            case "import" -> System.exit(ImportCommand.run(args, CasebookApplication.class));
            case "create-admin" -> System.exit(CreateAdminCommand.run(args, CasebookApplication.class));
            case "estimate" -> System.exit(EstimateCommand.run(args, CasebookApplication.class));
            case "generate" -> System.exit(GenerateCommand.run(args, CasebookApplication.class));
            case "backup", "restore" -> System.exit(BackupCommand.run(args));
            case "verify-bundle", "verify-inclusion", "verify-consistency" ->
                System.exit(VerifierMain.run(args, System.out));
            default -> SpringApplication.run(CasebookApplication.class, args);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
