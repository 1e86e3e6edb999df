import type { CommandSpec } from "../command-types.js";
import { apiCommand } from "./api.js";
import { bootstrapCommand } from "./bootstrap.js";
import { rolesCommand, scopesCommand } from "./catalog.js";
import { clientScopesGetCommand, clientScopesSetCommand } from "./client-scopes.js";
import {
  clientsCreateCommand,
  clientsDeleteCommand,
  clientsGetCommand,
  clientsListCommand,
  clientsRotateSecretCommand,
  clientsUpdateCommand,
} from "./clients.js";
import { demoCommand } from "./demo.js";
import { emulatorCommand } from "./emulator.js";
import { healthCommand } from "./health.js";
import { PRIVACY_REQUEST_COMMANDS } from "./privacy-requests.js";
import { tokenCommand } from "./token.js";

/** Every command of `fides-oauth`, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  tokenCommand,
  bootstrapCommand,
  clientsListCommand,
  clientsGetCommand,
  clientsCreateCommand,
  clientsUpdateCommand,
  clientsDeleteCommand,
  clientsRotateSecretCommand,
  clientScopesGetCommand,
  clientScopesSetCommand,
  scopesCommand,
  rolesCommand,
  ...PRIVACY_REQUEST_COMMANDS,
  healthCommand,
  apiCommand,
  emulatorCommand,
  demoCommand,
];
