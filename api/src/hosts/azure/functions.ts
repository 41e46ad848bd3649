// @azure/functions is CommonJS: a default import works in native ESM where named imports fail at run time.
import functions from '@azure/functions';
import { createServices } from '../../app/services';
import { createRouter } from '../../http/router';
import { lazySender } from '../proactiveSender';
import { routes } from '../routeTable';
import { registerRoutes } from './azureAdapter';
import { registerNudgeFunctions } from './nudgeFunctions';
import { loadAzureConfig } from './settings';

// Parsed once at start-up: a missing or malformed setting stops the app with its name.
const config = loadAzureConfig(process.env);
const services = createServices(config, { sender: lazySender(config.bot) });
registerRoutes(functions.app, routes, createRouter(routes, services));
registerNudgeFunctions(functions, services);
