"""The reception roster's pages: arrivals, lodging, vehicles and trips, escorts, meals."""
