package org.casebook.account;

import java.util.Arrays;
import java.util.stream.Stream;
import org.casebook.records.InvalidInput;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * `casebook create-admin NAME`: the only way to the first account (there is no default password). Prints the
 * generated password, the TOTP key and the recovery codes once, to this terminal only.
 */
public final class CreateAdminCommand {
    private CreateAdminCommand() {}

    public static int run(String[] args, Class<?> application) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("usage: casebook create-admin NAME [--spring.datasource.url=...]");
            return 2;
        }
        String[] fixed = {
            "--casebook.demo-data.enabled=false",
            "--spring.main.banner-mode=off",
            "--casebook.ledger.sequence-every-ms=3600000",
            "--logging.level.root=WARN"
        };
        String[] rest =
                Stream.concat(Arrays.stream(fixed), Arrays.stream(args).skip(2)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(rest)) {
            AccountService.FirstAdmin admin =
                    context.getBean(AccountService.class).createFirstAdmin(args[1]);
            System.out.println("Created admin account: " + admin.account().username());
            System.out.println("Password (change it after signing in): " + admin.password());
            System.out.println("TOTP key for your authenticator app:   " + admin.totpSecret());
            System.out.println("  " + Totp.uri("Casebook", admin.account().username(), admin.totpSecret()));
            System.out.println("Recovery codes (each works once):");
            admin.recoveryCodes().forEach(code -> System.out.println("  " + code));
            return 0;
        } catch (InvalidInput e) {
            System.err.println("Not created: " + e.getMessage());
            return 1;
        }
    }
}
