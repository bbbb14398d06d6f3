package com.replicationlab.server.commands;

import com.replicationlab.command.CommandFlag;
import com.replicationlab.command.Errors;
import com.replicationlab.command.KeySpec;
import com.replicationlab.resp.RespValue;
import com.replicationlab.server.Execution;
import com.replicationlab.server.config.ConfigNames;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/** AUTH [username] password, against requirepass for the default user (Redis 7.0 without ACL files). */
final class Auth extends ServerCommand {
    Auth() {
        super("auth", -2, KeySpec.NONE, CommandFlag.FAST, CommandFlag.STALE, CommandFlag.NO_AUTH);
    }

    @Override
    protected RespValue execute(Execution ex) {
        if (ex.argCount() > 3) {
            return Errors.SYNTAX;
        }
        String required = ex.node().config().get(ConfigNames.REQUIREPASS);
        if (ex.argCount() == 2 && required.isEmpty()) {
            return RespValue.error("ERR AUTH <password> called without any password configured for the default "
                    + "user. Are you sure your configuration is correct?");
        }
        String user = ex.argCount() == 3 ? ex.argString(1) : "default";
        byte[] given = ex.arg(ex.argCount() - 1);
        // A constant-time comparison, so the reply time does not hint at the password.
        boolean ok = user.equals("default") && (required.isEmpty()
                || MessageDigest.isEqual(given, required.getBytes(StandardCharsets.UTF_8)));
        if (!ok) {
            return RespValue.error("WRONGPASS invalid username-password pair or user is disabled.");
        }
        ex.session().setAuthenticated(true);
        return RespValue.OK;
    }
}
