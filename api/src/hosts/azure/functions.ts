// @azure/functions is CommonJS: a default import works in native ESM where named imports fail at run time.
import functions from '@azure/functions';
import { createServices } from '../../app/services';
import { createRouter } from '../../http/router';
import { routes } from '../routeTable';
import { registerRoutes } from './azureAdapter';
import { loadAzureConfig } from './settings';

// Parsed once at start-up: a missing or malformed setting stops the app with its name.
const services = createServices(loadAzureConfig(process.env));
registerRoutes(functions.app, routes, createRouter(routes, services));
