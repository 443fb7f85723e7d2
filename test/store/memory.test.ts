// The memory store against the shared SessionStore contract.
import { MemoryStore } from '../../src/store/memory.js';
import { describeStoreContract } from './contract.js';

describeStoreContract('MemoryStore', {
  async make(options) {
    const store = new MemoryStore(options);
    await store.init();
    return store;
  },
});
