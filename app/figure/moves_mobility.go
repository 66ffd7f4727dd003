package figure

// mobilityMoves are the mobility and warm-up moves.
var mobilityMoves = []Move{}
