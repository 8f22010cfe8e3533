// Names of the User Timing marks the screens set (performance.mark), for DevTools' Performance
// panel and for the benchmarks that read them from the page.

/** Set once the first screen that replaced index.html's boot skeleton has been painted. */
export const FIRST_SCREEN_MARK = 'physioplan:first-screen-painted';
