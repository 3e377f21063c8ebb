// CircText
