// A tenant that finds the device polling too fast at first: the first poll of every device code is answered
// slow_down (RFC 8628 3.5), whenever it comes; the interval then grows by 5 seconds.
export default {
  description: 'device flow: the first poll of every device code gets slow_down',
  apply(settings) {
    settings.deviceSlowDownPolls = 1;
  },
};
