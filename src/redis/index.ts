// fides-sdk/redis: a token store shared by a fleet of processes. Imports neither Redis client.
export { RedisTokenStore, type RedisTokenStoreOptions } from "./redis-token-store.js";
