// Public surface of the network feature. The app shell loads it lazily, hence the default export.
import { NetworkView } from './network-view';

export default NetworkView;
