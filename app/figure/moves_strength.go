package figure

// strengthMoves are the strength and core exercises.
var strengthMoves = []Move{}
