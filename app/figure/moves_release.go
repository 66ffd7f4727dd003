package figure

// releaseMoves are the foam-roller and ball releases.
var releaseMoves = []Move{}
