// placeholder until the analysis lands
