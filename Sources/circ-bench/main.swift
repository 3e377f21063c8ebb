import CircExtract
print("bench")
